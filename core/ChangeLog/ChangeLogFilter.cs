namespace Verkostot.Core.ChangeLog;

/// <summary>
/// Which entries: <see cref="NetworkIds"/> null means all (administrators), otherwise only entries of those networks
/// (a coordinator's). <see cref="Before"/> is the previous page's <see cref="ChangeLogPage.NextBefore"/>.
/// </summary>
public sealed record ChangeLogFilter(
    IReadOnlyCollection<string>? NetworkIds = null,
    ChangedKind? Kind = null,
    string? EntityId = null,
    string? ActorPersonId = null,
    long? Before = null,
    int PageSize = 50);
