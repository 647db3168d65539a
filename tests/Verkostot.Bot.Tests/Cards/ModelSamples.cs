using Verkostot.Bot.Cards.AdaptiveCards;

namespace Verkostot.Bot.Tests.Cards;

/// <summary>Cards that between them use every element and action of the card model.</summary>
internal static class ModelSamples
{
    public static AdaptiveCard TextAndFacts() => new()
    {
        FallbackText = "Pienten kuntien verkoston puheenjohtaja on Juha Herrala (Isojoki).",
        Speak = "Pienten kuntien verkoston puheenjohtaja on Juha Herrala.",
        MsTeams = TeamsCardProperties.FullWidth,
        Body =
        [
            new TextBlock("Pienten kuntien verkosto") { Weight = FontWeight.Bolder, Size = FontSize.Medium, Wrap = true },
            new TextBlock("Puheenjohtajisto 2026") { IsSubtle = true, Spacing = Spacing.None, MaxLines = 1 },
            new FactSet(
            [
                new Fact("Puheenjohtaja", "Juha Herrala (Isojoki)"),
                new Fact("1. varapuheenjohtaja", "Marjut Ahokas (Ilomantsi)"),
            ]),
            new Container([new TextBlock("Verkostovastaava: suunnittelija Iira Ainiala") { Wrap = true }])
            {
                Style = ContainerStyle.Emphasis,
                Separator = true,
            },
            new ColumnSet(
            [
                new Column([new TextBlock("Seuraava kokous") { Weight = FontWeight.Bolder }]) { Width = "auto" },
                new Column([new TextBlock("ti 8.12.2026 klo 9.00") { Color = TextColor.Accent }]) { Width = "stretch" },
            ]),
        ],
    };

    public static AdaptiveCard FormInputs() => new()
    {
        FallbackText = "Lisää kokous: avaa kortti Teamsissa.",
        Body =
        [
            new TextBlock("Lisää kokous") { Weight = FontWeight.Bolder, Size = FontSize.Large },
            new TextInput
            {
                Id = "title", Label = "Otsikko", Placeholder = "Esim. puheenjohtajiston kokous", MaxLength = 200,
                IsRequired = true, ErrorMessage = "Anna kokoukselle otsikko.",
            },
            new TextInput { Id = "agenda", Label = "Esityslista", IsMultiline = true, Value = "1. Kokouksen avaus" },
            new DateInput { Id = "date", Label = "Päivä", IsRequired = true, ErrorMessage = "Valitse päivä.", Value = "2026-12-08" },
            new TimeInput { Id = "time", Label = "Kellonaika", Value = "09:00" },
            new ChoiceSetInput(
            [
                new Choice("Verkoston kokous", "network"),
                new Choice("Puheenjohtajiston kokous", "presidium"),
            ])
            {
                Id = "kind", Label = "Kokouksen tyyppi", Style = ChoiceInputStyle.Expanded, Value = "presidium",
                IsRequired = true, ErrorMessage = "Valitse kokouksen tyyppi.",
            },
            new ToggleInput("Muistuta puheenjohtajistoa") { Id = "remind", Value = "true" },
            new ActionSet([new SubmitAction { Title = "Tallenna luonnos", Data = ActionData.Of(("action", "saveDraft")) }]),
        ],
        Actions =
        [
            new ExecuteAction("meeting.create")
            {
                Title = "Lisää kokous",
                Style = ActionStyle.Positive,
                Data = ActionData.Of(("networkId", "pienet-kunnat")),
            },
            new ExecuteAction("meeting.cancel") { Title = "Peruuta", AssociatedInputs = AssociatedInputs.None },
        ],
    };

    public static AdaptiveCard ShowCardAndOpenUrl() => new()
    {
        FallbackText = "Pienten kuntien verkoston kokous ti 8.12.2026 klo 9.00.",
        Body = [new TextBlock("Verkoston kokous ti 8.12.2026 klo 9.00") { Wrap = true }],
        Actions =
        [
            new OpenUrlAction(new Uri("https://www.kuntaliitto.fi/")) { Title = "Liity Teams-kokoukseen" },
            new ShowCardAction(new AdaptiveCard
            {
                Schema = null,
                Body = [new TextInput { Id = "reason", Label = "Syy (valinnainen)", IsMultiline = true }],
                Actions = [new ExecuteAction("attendance.decline") { Title = "Lähetä", Style = ActionStyle.Destructive }],
            })
            { Title = "En pääse" },
        ],
    };

    public static AdaptiveCard RefreshForUsers() => new()
    {
        FallbackText = "Kokousmuistutus: puheenjohtajiston kokous ti 8.12.2026 klo 9.00.",
        Refresh = new CardRefresh(new ExecuteAction("reminder.refresh") { Data = ActionData.Of(("meetingId", "42")) },
            ["29:1a2b3c"]),
        Body = [new TextBlock("Puheenjohtajiston kokous ti 8.12.2026 klo 9.00") { Wrap = true }],
        Actions =
        [
            new ExecuteAction("attendance.accept") { Title = "Osallistun", Style = ActionStyle.Positive },
            new ExecuteAction("attendance.decline") { Title = "En pääse" },
        ],
    };
}
