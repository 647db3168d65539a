using Markdig;
using Verkostot.Bot.Email;
using Verkostot.Core.Announcements;
using Verkostot.Core.Email;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Announcements;

/// <summary>
/// The announcement as an e-mail, with the card's content: the network, the title, the coordinator's text in the
/// same markdown subset (encoded exactly as for the card, then rendered with raw HTML off), the author and the link.
/// The frame speaks the recipient's language; the text is the coordinator's own.
/// </summary>
public sealed class AnnouncementEmailRenderer(EmailLinks links) : EmailRenderer<AnnouncementNotice>
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().UseSoftlineBreakAsHardlineBreak().Build();

    protected override EmailContent Render(AnnouncementNotice notice, MailRecipient recipient)
    {
        var language = notice.Language;
        var document = new EmailDocument(language, links.OptOut(recipient.MessageId, language))
            .Kicker($"{language.Pick("Tiedote", "Meddelande", "Announcement")} · {notice.NetworkName}")
            .Heading(notice.Title)
            .Html(Markdown.ToHtml(AnnouncementMarkdown.Encode(notice.Text), Pipeline), notice.Text)
            .Subtle($"– {notice.AuthorName}");
        if (notice.LinkUrl is { } link && Uri.TryCreate(link, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
        {
            document.Button(language.Pick("Avaa linkki", "Öppna länken", "Open the link"), url, primary: true);
        }
        return document.Build($"{notice.Title} · {notice.NetworkName}");
    }
}
