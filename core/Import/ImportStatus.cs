namespace Verkostot.Core.Import;

public enum ImportStatus
{
    /// <summary>The file has errors; nothing was changed.</summary>
    Invalid,
    /// <summary>The plan is ready to be shown; nothing was changed.</summary>
    Previewed,
    /// <summary>The plan was carried out.</summary>
    Applied,
    /// <summary>The data changed after the plan was shown; nothing was changed. Show <see cref="ImportOutcome.Plan"/> again.</summary>
    Stale,
}
