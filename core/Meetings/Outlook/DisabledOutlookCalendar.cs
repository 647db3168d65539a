namespace Verkostot.Core.Meetings.Outlook;

/// <summary>Outlook meetings switched off (no organizer mailbox configured): the sync does nothing.</summary>
public sealed class DisabledOutlookCalendar : IOutlookCalendar
{
    public bool IsEnabled => false;

    public Task<CreatedEvent> CreateAsync(OutlookEventDraft draft, string transactionId, CancellationToken cancellationToken) => throw Off();

    public Task UpdateAsync(string eventId, OutlookEventDraft draft, CancellationToken cancellationToken) => throw Off();

    public Task CancelAsync(string eventId, string comment, CancellationToken cancellationToken) => throw Off();

    public Task<OutlookChanges> ReadChangesAsync(string? deltaLink, DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken) => throw Off();

    private static InvalidOperationException Off() => new("Outlook meetings are off: set OutlookMeetings:OrganizerMailbox.");
}
