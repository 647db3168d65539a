using Microsoft.Extensions.Options;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Messaging;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Announcements;
using Verkostot.Core.Domain;

namespace Verkostot.Bot.Tests.Announcements;

/// <summary>
/// The plain-text parts Teams shows outside the card (the notification summary, fallbackText) carry the
/// coordinator's words too, so they are encoded exactly like the card body.
/// </summary>
public sealed class AnnouncementFallbackTextTests
{
    private const string Title = "Kokous <at>Kaikki</at>";
    private const string EncodedTitle = @"Kokous \<at\>Kaikki\</at\>";

    private static readonly AnnouncementNotice Notice = new(Language.Finnish, "Pienten kuntien verkosto", Title,
        "<b>Tärkeää</b> [avaa](https://evil.example)", null, "Iira Ainiala");

    [Fact]
    public void Render_AnnouncementNotice_SummaryAndFallbackEncodedLikeTheBody()
    {
        var cards = new NoticeCards([new AnnouncementNoticeRenderer()]);

        var activity = cards.Render(Notice);

        var card = activity.Attachments![0].Content!.ToJsonElement();
        Assert.Equal(EncodedTitle, activity.Summary);
        Assert.Equal($"{EncodedTitle}\n\n" + @"\<b\>Tärkeää\</b\> \[avaa\]\(https://evil.example\)", card.GetProperty("fallbackText").GetString());
    }

    [Fact]
    public void Render_ReportNotice_TitleInFallbackEncoded()
    {
        var cards = new NoticeCards([new AnnouncementReportNoticeRenderer(new ReportCard(new ReportLinks(
            TestLinks.Signed(TimeProvider.System), Options.Create(new ReportLinkOptions()))))]);

        var activity = cards.Render(new AnnouncementReportNotice(Language.Finnish, Guid.NewGuid(), Title, AnnouncementState.Sending,
            new DeliveryReport(3, 1, 0, 2, 0, []), null));

        Assert.Equal($"{EncodedTitle}: Lähetetty 1 / 3", activity.Summary);
    }

    [Fact]
    public void Render_Preview_FallbackEncoded()
    {
        var draft = new Announcement
        {
            Id = Guid.NewGuid(),
            NetworkId = TestNetwork.NetworkId,
            AuthorPersonId = "koordinaattori",
            AuthorEntraObjectId = TestNetwork.CoordinatorAad,
            Title = Title,
            Text = Notice.Text,
            Audience = AnnouncementAudience.Presidium,
        };

        var card = PreviewCard.Render(draft, Notice, people: 8, channel: false);

        Assert.StartsWith($"Esikatselu: {EncodedTitle}\n\n", card.FallbackText);
    }
}
