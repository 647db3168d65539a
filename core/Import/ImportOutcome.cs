namespace Verkostot.Core.Import;

/// <summary>Errors with line numbers (status Invalid), or the plan that was shown, applied or found stale.</summary>
public sealed record ImportOutcome(ImportStatus Status, IReadOnlyList<DataFileError> Errors, ImportPlan? Plan)
{
    internal static ImportOutcome Invalid(IReadOnlyList<DataFileError> errors) => new(ImportStatus.Invalid, errors, null);
}
