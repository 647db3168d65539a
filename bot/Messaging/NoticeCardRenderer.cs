using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Core.Messaging;

namespace Verkostot.Bot.Messaging;

/// <summary>Base for a renderer of <typeparamref name="TNotice"/>.</summary>
public abstract class NoticeCardRenderer<TNotice> : INoticeCardRenderer where TNotice : Notice
{
    public Type NoticeType => typeof(TNotice);

    public AdaptiveCard Render(Notice notice) => Render((TNotice)notice);

    protected abstract AdaptiveCard Render(TNotice notice);
}
