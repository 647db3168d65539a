namespace Verkostot.Core.ChangeLog;

/// <summary>Entries newest first; <see cref="NextBefore"/> fetches the next (older) page, null at the end.</summary>
public sealed record ChangeLogPage(IReadOnlyList<ChangeLogEntry> Entries, long? NextBefore);
