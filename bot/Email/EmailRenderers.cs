using Verkostot.Core.Email;
using Verkostot.Core.Messaging;

namespace Verkostot.Bot.Email;

/// <summary>Finds the e-mail renderer for a notice's type; a notice without one still goes out, as its plain text.</summary>
public sealed class EmailRenderers
{
    private readonly Dictionary<Type, IEmailRenderer> _renderers = [];
    private readonly EmailLinks _links;

    public EmailRenderers(IEnumerable<IEmailRenderer> renderers, EmailLinks links)
    {
        _links = links;
        foreach (var renderer in renderers)
        {
            if (!_renderers.TryAdd(renderer.NoticeType, renderer))
            {
                throw new InvalidOperationException($"Two e-mail renderers for {renderer.NoticeType.Name}.");
            }
        }
    }

    public EmailContent Render(Notice notice, MailRecipient recipient)
    {
        if (_renderers.TryGetValue(notice.GetType(), out var renderer))
        {
            return renderer.Render(notice, recipient);
        }
        var firstLine = notice.PlainText.Split('\n', 2)[0].Trim();
        return new EmailDocument(notice.Language, _links.OptOut(recipient.MessageId, notice.Language))
            .Heading(firstLine)
            .Paragraph(notice.PlainText)
            .Build(firstLine);
    }
}
