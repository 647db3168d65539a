using Verkostot.Core.Announcements;
using Verkostot.Core.Time;

namespace Verkostot.Bot.Announcements;

/// <summary>What the compose card shows: the values so far, the draft they belong to, and any problems.</summary>
public sealed record ComposeForm(AnnouncementAuthor Author, DraftInput Values, Guid? DraftId, IReadOnlyList<DraftError> Errors)
{
    public static ComposeForm Empty(AnnouncementAuthor author) =>
        new(author, new DraftInput(author.Networks[0].Id, null, null, null, null, DraftInput.WhenNow, null, null), null, []);

    public static ComposeForm Of(AnnouncementAuthor author, Announcement draft)
    {
        var local = draft.ScheduledFor is { } at ? HelsinkiTime.ToLocal(at) : (DateTime?)null;
        return new(author, new DraftInput(draft.NetworkId, draft.Title, draft.Text, draft.LinkUrl, AudienceNames.Value(draft.Audience),
            local is null ? DraftInput.WhenNow : DraftInput.WhenLater, local?.ToString("yyyy-MM-dd"), local?.ToString("HH:mm")), draft.Id, []);
    }
}
