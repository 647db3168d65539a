using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Core.Messaging;

namespace Verkostot.Bot.Messaging;

/// <summary>Renders one kind of <see cref="Notice"/> as an Adaptive Card. One renderer per notice type.</summary>
public interface INoticeCardRenderer
{
    Type NoticeType { get; }

    AdaptiveCard Render(Notice notice);
}

/// <summary>Base for a renderer of <typeparamref name="TNotice"/>.</summary>
public abstract class NoticeCardRenderer<TNotice> : INoticeCardRenderer where TNotice : Notice
{
    public Type NoticeType => typeof(TNotice);

    public AdaptiveCard Render(Notice notice) => Render((TNotice)notice);

    protected abstract AdaptiveCard Render(TNotice notice);
}
