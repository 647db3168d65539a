using Verkostot.Bot.Cards.AdaptiveCards;

namespace Verkostot.Bot.Tests.Cards;

/// <summary>
/// Every card kind the bot sends, built from sample data. Each is written as a snapshot and validated by the
/// official adaptivecards package (scripts/test-manifest.sh). Add a line here for every new card you render.
/// </summary>
public static class CardSamples
{
    public static IReadOnlyList<CardSample> All { get; } =
    [
        new("model-text-and-facts", ModelSamples.TextAndFacts),
        new("model-form-inputs", ModelSamples.FormInputs),
        new("model-show-card-and-open-url", ModelSamples.ShowCardAndOpenUrl),
        new("model-refresh-for-users", ModelSamples.RefreshForUsers),
        new("announcement-compose-with-errors", Announcements.AnnouncementCardSamples.ComposeWithErrors),
        new("announcement-preview", Announcements.AnnouncementCardSamples.Preview),
        new("announcement", Announcements.AnnouncementCardSamples.Announcement),
        new("announcement-live-report", Announcements.AnnouncementCardSamples.LiveReport),
        new("announcement-final-report", Announcements.AnnouncementCardSamples.FinalReport),
        new("announcement-list", Announcements.AnnouncementCardSamples.List),
    ];
}
