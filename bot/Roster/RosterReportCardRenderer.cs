using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Roster;

namespace Verkostot.Bot.Roster;

/// <summary>The coordinators' card after a sync that changed the roster: joined, left and unmatched, by name.</summary>
public sealed class RosterReportCardRenderer : NoticeCardRenderer<RosterReport>
{
    protected override AdaptiveCard Render(RosterReport notice)
    {
        var changes = notice.Changes;
        var body = new List<CardElement>
        {
            RosterCardParts.Title(RosterReport.Title),
            RosterCardParts.Paragraph(notice.NetworkName),
        };
        body.AddRange(RosterCardParts.NameList(RosterReport.JoinedHeading, Names(changes.Joined)));
        body.AddRange(RosterCardParts.NameList(RosterReport.LeftHeading, Names(changes.Left)));
        body.AddRange(RosterCardParts.NameList(RosterReport.UnmatchedHeading, Names(changes.Unmatched)));
        if (changes.Unmatched.Count > 0)
        {
            body.Add(RosterCardParts.Paragraph(RosterReport.UnmatchedNote) with { IsSubtle = true });
        }
        return new AdaptiveCard { Body = body, FallbackText = notice.PlainText };
    }

    private static IReadOnlyList<string> Names(IReadOnlyList<RosterPerson> people) => [.. people.Select(RosterReport.Describe)];
}
