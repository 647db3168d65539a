using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Core.Messaging;

namespace Verkostot.Bot.Messaging;

/// <summary>Renders one kind of <see cref="Notice"/> as an Adaptive Card. One renderer per notice type.</summary>
public interface INoticeCardRenderer
{
    Type NoticeType { get; }

    AdaptiveCard Render(Notice notice);
}
