using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Digest;
using Verkostot.Core.Digest;
using Verkostot.Core.Domain;
using static Verkostot.Bot.Tests.Meetings.MeetingCardSamples;

namespace Verkostot.Bot.Tests.Digest;

/// <summary>The sample monthly digest card, for the card snapshots and the renderer test.</summary>
internal static class DigestCardSamples
{
    public static AdaptiveCard Digest() => Render(new MonthlyDigestCardRenderer(), new MonthlyDigestNotice(Language.Finnish, "Pienten kuntien verkosto", 2026, 12, [Presidium]));
}
