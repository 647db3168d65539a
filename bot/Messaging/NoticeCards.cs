using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Core.Messaging;

namespace Verkostot.Bot.Messaging;

/// <summary>Finds the renderer for a notice's type and makes the outgoing card message.</summary>
public sealed class NoticeCards
{
    private readonly Dictionary<Type, INoticeCardRenderer> _renderers;

    public NoticeCards(IEnumerable<INoticeCardRenderer> renderers)
    {
        _renderers = [];
        foreach (var renderer in renderers)
        {
            if (!_renderers.TryAdd(renderer.NoticeType, renderer))
            {
                throw new InvalidOperationException($"Two card renderers for {renderer.NoticeType.Name}.");
            }
        }
    }

    public OutgoingActivity Render(Notice notice)
    {
        if (!_renderers.TryGetValue(notice.GetType(), out var renderer))
        {
            // A notice without its card still reaches people, as text.
            return OutgoingActivity.Message(notice.PlainText) with { TextFormat = TextFormats.Plain };
        }
        // A renderer's own fallback wins: it knows which parts came from users and encodes them like the card body.
        var card = renderer.Render(notice);
        var fallback = card.FallbackText ?? notice.PlainText;
        return OutgoingActivity.Card((card with { FallbackText = fallback }).ToAttachment(), Summary(fallback));
    }

    private static string Summary(string text)
    {
        var firstLine = text.AsSpan().Trim();
        var end = firstLine.IndexOfAny('\r', '\n');
        return (end < 0 ? firstLine : firstLine[..end]).ToString();
    }
}
