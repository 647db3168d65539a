using Verkostot.Core.Email;
using Verkostot.Core.Messaging;

namespace Verkostot.Bot.Email;

/// <summary>Base for an e-mail renderer of <typeparamref name="TNotice"/>.</summary>
public abstract class EmailRenderer<TNotice> : IEmailRenderer where TNotice : Notice
{
    public Type NoticeType => typeof(TNotice);

    public EmailContent Render(Notice notice, MailRecipient recipient) => Render((TNotice)notice, recipient);

    protected abstract EmailContent Render(TNotice notice, MailRecipient recipient);
}
