using Verkostot.Core.Email;
using Verkostot.Core.Messaging;

namespace Verkostot.Bot.Email;

/// <summary>Renders one kind of <see cref="Notice"/> as an e-mail with the same content as its card. One renderer per notice type.</summary>
public interface IEmailRenderer
{
    Type NoticeType { get; }

    EmailContent Render(Notice notice, MailRecipient recipient);
}
