namespace Verkostot.Core.Import;

public enum RecurrenceFrequency
{
    Weekly,
    Monthly,
}
