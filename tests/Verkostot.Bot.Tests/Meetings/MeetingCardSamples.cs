using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Messaging;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Time;

namespace Verkostot.Bot.Tests.Meetings;

/// <summary>Sample meeting cards from fixed data, for the card snapshots and the renderer tests.</summary>
internal static class MeetingCardSamples
{
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    public static CalendarLinks Links { get; } = new(TestLinks.Signed(Clock), Options.Create(new MeetingsOptions()));

    public static MeetingCardParts Parts { get; } = new(Links);

    public static MeetingDetails Presidium { get; } = new(
        12, "pienet-kunnat", "Pienten kuntien verkosto", MeetingKind.PresidiumMeeting, "Puheenjohtajiston kokous",
        HelsinkiTime.ToUtc(new DateOnly(2026, 12, 8), new TimeOnly(9, 0)), HelsinkiTime.ToUtc(new DateOnly(2026, 12, 8), new TimeOnly(10, 0)),
        "Kuntatalo, Helsinki", "https://teams.microsoft.com/l/meetup-join/sample", ["Verkostotapaamisen valmistelu", "Muut asiat"]);

    public static AdaptiveCard Render(INoticeCardRenderer renderer, Core.Messaging.Notice notice) => renderer.Render(notice);

    /// <summary>The sample meeting as the catalog gives it in a language: the title and the network's name translated.</summary>
    public static MeetingDetails PresidiumIn(Language language) => Presidium with
    {
        NetworkName = language.Pick("Pienten kuntien verkosto", "Nätverket för små kommuner", "Small Municipalities Network"),
        Title = language.Pick("Puheenjohtajiston kokous", "Presidiemöte", "Presidium meeting"),
    };

    public static AdaptiveCard AddForm() => MeetingFormCards.Add(
        [new Network { Id = "pienet-kunnat", Name = new LocalizedText("Pienten kuntien verkosto") }],
        new MeetingFormInput("pienet-kunnat", "PresidiumMeeting", "2026-11-20", "09:00", null, null, null),
        ["Ajankohta on jo mennyt. Valitse tuleva päivä ja aika."]);

    public static AdaptiveCard MoveForm() => MeetingFormCards.Move([Presidium]);

    public static AdaptiveCard CancelForm() => MeetingFormCards.Cancel([Presidium]);

    public static AdaptiveCard EditList() => MeetingFormCards.EditList([Presidium, Presidium with { Id = 13, StartsAt = Presidium.StartsAt.AddDays(28), EndsAt = Presidium.EndsAt.AddDays(28), Place = null }]);

    public static AdaptiveCard EditForm() => MeetingFormCards.Edit(Presidium);

    public static AdaptiveCard EditFormWithError() => MeetingFormCards.Edit(Presidium,
        new MeetingFormInput(Presidium.NetworkId, "PresidiumMeeting", "2026-12-08", "09:00", "Kuntatalo, Helsinki", "http://teams.example/x", "Muut asiat"),
        ["Teams-linkin pitää alkaa https://."]);

    public static AdaptiveCard Updated() => MeetingFormCards.Updated(MeetingCommandTexts.Updated, Presidium);
}
