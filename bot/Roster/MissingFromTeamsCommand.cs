using Microsoft.EntityFrameworkCore;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Chat;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Core.Domain;
using Verkostot.Core.Roster;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Roster;

/// <summary>"ketkä eivät ole Teamsissa?": roster people missing from the network's Team, for its coordinators.</summary>
public sealed class MissingFromTeamsCommand(CoordinatorNetworks networks, IDbContextFactory<VerkostotDbContext> contexts, TurnReplies replies)
    : IChatCommand
{
    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var mine = await networks.OfSenderAsync(activity, cancellationToken);
        var body = new List<CardElement>();
        var fallback = new List<string>();
        if (mine.Count == 0)
        {
            body.Add(RosterCardParts.Paragraph(RosterCommandText.NotCoordinator));
            fallback.Add(RosterCommandText.NotCoordinator);
        }
        foreach (var network in mine)
        {
            var missing = await RosterQueries.MissingFromGroupAsync(contexts, network.Id, cancellationToken);
            AddNetwork(body, fallback, network, missing);
        }
        var card = new AdaptiveCard { Body = body, FallbackText = string.Join("\n", fallback) };
        await replies.ReplyAsync(activity, OutgoingActivity.Card(card.ToAttachment(), card.FallbackText), cancellationToken);
    }

    private static void AddNetwork(List<CardElement> body, List<string> fallback, Network network, IReadOnlyList<MissingMember> missing)
    {
        var title = $"Teamsista puuttuvat: {network.Name.Fi}";
        body.Add(RosterCardParts.Title(title));
        fallback.Add(title);
        if (missing.Count == 0)
        {
            const string none = "Kaikki jäsenlistan henkilöt ovat Teamsin ryhmässä.";
            body.Add(RosterCardParts.Paragraph(none));
            fallback.Add(none);
            return;
        }
        var lines = missing.Select(Describe).ToList();
        body.AddRange(RosterCardParts.NameList("Eivät ole Teamsin ryhmässä", lines));
        fallback.AddRange(lines.Select(l => "• " + l));
    }

    public static string Describe(MissingMember member)
    {
        var name = member.IsGuest ? $"{member.Name} ({RosterReport.GuestMark})" : member.Name;
        return member switch
        {
            { LeftOn: { } left } => $"{name} – poistui {RosterCommandText.Date(left)}",
            { Matched: false } => $"{name} – ei löytynyt Teamsista",
            _ => name,
        };
    }
}
