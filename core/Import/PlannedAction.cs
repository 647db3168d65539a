namespace Verkostot.Core.Import;

public enum PlannedAction
{
    Add,
    Change,
    Remove,
    Keep,
}
