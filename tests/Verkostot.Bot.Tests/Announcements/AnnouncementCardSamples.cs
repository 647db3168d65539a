using Microsoft.Extensions.Options;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Announcements;
using Verkostot.Core.Domain;

namespace Verkostot.Bot.Tests.Announcements;

/// <summary>Each announcement card, built from sample data for the snapshot validation.</summary>
public static class AnnouncementCardSamples
{
    private static readonly Guid Id = Guid.Parse("6f1c2a57-5d0e-4f55-9d4e-2b0f6a1f0c11");
    private static readonly AnnouncementAuthor Author = AnnouncementAuthor.Find(TestNetwork.Catalog(4), TestNetwork.CoordinatorAad, DateOnly.FromDateTime(DateTime.UtcNow))!;
    private static readonly AnnouncementNotice Notice = new(Language.Finnish, "Pienten kuntien verkosto", "Verkostokokous 8.12.",
        "Tervetuloa **verkostokokoukseen**.\n- esityslista liitteenä\n- ilmoittaudu viimeistään pe", "https://www.kuntaliitto.fi", "Iira Ainiala");
    private static readonly ReportCard Reports = new(new ReportLinks(
        TestLinks.Signed(TimeProvider.System, "https://verkostot.example", new string('k', 32)), Options.Create(new ReportLinkOptions())));

    public static AdaptiveCard ComposeWithErrors() => ComposeCard.Render(new ComposeForm(Author,
        new DraftInput(TestNetwork.NetworkId, "", "Teksti", "http://example.fi", "channel", "later", "2026-12-08", "09:00"), Id,
        [new DraftError("title", "Kirjoita tiedotteelle otsikko."), new DraftError("link", "Linkin pitää olla kokonainen https-osoite.")]));

    public static AdaptiveCard Preview() => PreviewCard.Render(new Announcement
    {
        Id = Id,
        NetworkId = TestNetwork.NetworkId,
        AuthorPersonId = "koordinaattori",
        AuthorEntraObjectId = TestNetwork.CoordinatorAad,
        Title = Notice.Title,
        Text = Notice.Text,
        LinkUrl = Notice.LinkUrl,
        Audience = AnnouncementAudience.ChannelAndMembers,
    }, Notice, 158, channel: true);

    public static AdaptiveCard Announcement() => AnnouncementCard.Render(Notice);

    public static AdaptiveCard LiveReport() => Reports.Render(new AnnouncementReportNotice(Language.Finnish, Id, Notice.Title,
        AnnouncementState.Sending, new DeliveryReport(158, 120, 2, 36, 0, []), null));

    public static AdaptiveCard FinalReport() => Reports.Render(new AnnouncementReportNotice(Language.Finnish, Id, Notice.Title,
        AnnouncementState.Sent, new DeliveryReport(158, 156, 2, 0, 0,
        [
            new DeliveryFailure("Matti Meikäläinen", "Teams hylkäsi viestin. Henkilö on ehkä poistunut tai estänyt botin. Virhekoodi: ConversationNotFound."),
            new DeliveryFailure("Maija Mallikas", "Henkilön Teams-tunnus puuttuu verkoston tiedoista."),
        ]), null));

    public static AdaptiveCard List() => AnnouncementListCard.Render(
    [
        (new Announcement
        {
            Id = Id, NetworkId = TestNetwork.NetworkId, AuthorPersonId = "koordinaattori", AuthorEntraObjectId = TestNetwork.CoordinatorAad,
            Title = Notice.Title, Text = Notice.Text, State = AnnouncementState.Sent, ScheduledFor = new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero),
        }, new DeliveryReport(158, 156, 2, 0, 0, [])),
    ]);
}
