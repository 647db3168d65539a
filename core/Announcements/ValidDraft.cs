namespace Verkostot.Core.Announcements;

/// <summary>A draft that passed every check; <see cref="ScheduledFor"/> is null for "now".</summary>
public sealed record ValidDraft(string NetworkId, string Title, string Text, string? LinkUrl, AnnouncementAudience Audience,
    DateTimeOffset? ScheduledFor);
