namespace Verkostot.Core.Import;

/// <summary>
/// One element of the plan. <see cref="Key"/> is its stable id (or natural key, e.g. body/start for a term);
/// <see cref="NetworkId"/> the network it belongs to, when it belongs to one.
/// </summary>
public sealed record PlannedChange(
    DataKind Kind, PlannedAction Action, string Key, string Label, IReadOnlyList<string> Fields, KeepReason? Reason = null, string? NetworkId = null);
