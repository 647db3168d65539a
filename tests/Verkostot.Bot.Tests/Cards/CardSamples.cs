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
        new("roster-report", () => new Verkostot.Bot.Roster.RosterReportCardRenderer().Render(Roster.RosterCardsTests.SampleReport)),
        new("roster-credential-alert", () => new Verkostot.Bot.Roster.RosterCredentialAlertCardRenderer().Render(Roster.RosterCardsTests.SampleAlert)),
    ];
}
