using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Chat;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Core.Roster;

namespace Verkostot.Bot.Roster;

/// <summary>
/// "synkronoi jäsenet": a coordinator syncs their network's roster now. The answer says how it went; the change
/// report itself goes to every coordinator, as after the nightly run.
/// </summary>
public sealed class SyncMembersCommand(CoordinatorNetworks networks, RosterSync sync, TurnReplies replies) : IChatCommand
{
    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var mine = await networks.OfSenderAsync(activity, cancellationToken);
        if (mine.Count == 0)
        {
            await ReplyAsync(activity, [RosterCardParts.Paragraph(RosterCommandText.NotCoordinator)], RosterCommandText.NotCoordinator, cancellationToken);
            return;
        }
        await replies.SendTypingAsync(activity, cancellationToken);
        var lines = new List<string>();
        foreach (var network in mine)
        {
            var outcome = await sync.SyncAsync(network.Id, cancellationToken);
            lines.Add($"{network.Name.Fi}: {Describe(outcome)}");
        }
        var body = new List<CardElement> { RosterCardParts.Title("Jäsenlistan synkronointi") };
        body.AddRange(lines.Select(l => RosterCardParts.Paragraph(l)));
        await ReplyAsync(activity, body, string.Join("\n", lines), cancellationToken);
    }

    public static string Describe(RosterSyncOutcome outcome) => outcome.Status switch
    {
        RosterSyncStatus.Synced when outcome.Changes.IsEmpty => "jäsenlista on ajan tasalla, ei muutoksia.",
        RosterSyncStatus.Synced =>
            $"liittyneitä {outcome.Changes.Joined.Count}, poistuneita {outcome.Changes.Left.Count}, uusia henkilöitä {outcome.Changes.Unmatched.Count}. Verkostovastaavat saivat raportin nimineen.",
        RosterSyncStatus.AlreadyRunning => "synkronointi on jo käynnissä. Saat raportin, kun se on valmis.",
        RosterSyncStatus.CredentialsRejected => "synkronointi epäonnistui, koska Microsoft Graph ei hyväksy sovelluksen tunnuksia. Verkostovastaavat saivat ohjeen ylläpitäjälle.",
        RosterSyncStatus.Unavailable => "Microsoft Graph ei vastannut juuri nyt. Yritä hetken päästä uudelleen; yöllinen synkronointi yrittää myös.",
        RosterSyncStatus.NotConfigured => "jäsenlistan synkronointia ei ole otettu käyttöön (Microsoft Graphin tunnuksia ei ole määritetty).",
        RosterSyncStatus.NoGroup => "verkostolle ei ole määritetty Teamsin ryhmää.",
        _ => "verkostoa ei löytynyt.",
    };

    private Task ReplyAsync(Activity activity, List<CardElement> body, string fallback, CancellationToken cancellationToken)
    {
        var card = new AdaptiveCard { Body = body, FallbackText = fallback };
        return replies.ReplyAsync(activity, OutgoingActivity.Card(card.ToAttachment(), fallback), cancellationToken);
    }
}
