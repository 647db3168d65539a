using Verkostot.Core.Email;
using Verkostot.Core.Messaging;

namespace Verkostot.Bot.Email;

/// <summary>Renders one kind of <see cref="Notice"/> as an e-mail with the same content as its card. One renderer per notice type.</summary>
public interface IEmailRenderer
{
    Type NoticeType { get; }

    EmailContent Render(Notice notice, MailRecipient recipient);
}

/// <summary>Base for an e-mail renderer of <typeparamref name="TNotice"/>.</summary>
public abstract class EmailRenderer<TNotice> : IEmailRenderer where TNotice : Notice
{
    public Type NoticeType => typeof(TNotice);

    public EmailContent Render(Notice notice, MailRecipient recipient) => Render((TNotice)notice, recipient);

    protected abstract EmailContent Render(TNotice notice, MailRecipient recipient);
}
