using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;

namespace Verkostot.Bot.Roster;

/// <summary>Building blocks the roster cards share: a title and a bounded list of names under a heading.</summary>
internal static class RosterCardParts
{
    /// <summary>More names than this and the card says how many more; the plain text has them all.</summary>
    public const int MaxNames = 40;

    public static TextBlock Title(string text) =>
        new(CardText.Plain(text)) { Weight = FontWeight.Bolder, Size = FontSize.Medium, Wrap = true };

    public static TextBlock Paragraph(string text, TextColor? color = null) => new(CardText.Plain(text)) { Wrap = true, Color = color };

    public static IEnumerable<CardElement> NameList(string heading, IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            yield break;
        }
        yield return new TextBlock(CardText.Plain($"{heading} ({names.Count})")) { Weight = FontWeight.Bolder, Wrap = true, Separator = true };
        foreach (var name in names.Take(MaxNames))
        {
            yield return new TextBlock("• " + CardText.Plain(name)) { Wrap = true, Spacing = Spacing.None };
        }
        if (names.Count > MaxNames)
        {
            yield return new TextBlock(CardText.Plain($"… ja {names.Count - MaxNames} muuta")) { IsSubtle = true, Wrap = true, Spacing = Spacing.None };
        }
    }
}
