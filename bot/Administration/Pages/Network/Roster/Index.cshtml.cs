using Microsoft.AspNetCore.Mvc;
using Verkostot.Core.Roster;

namespace Verkostot.Bot.Administration.Pages.Network.Roster;

/// <summary>/hallinta/{network}/jasenlista: the roster against the Team's group, and "Synkronoi nyt".</summary>
public sealed class IndexModel(RosterStatusQuery query, RosterSync sync) : NetworkPageModel
{
    public RosterStatus Status { get; private set; } = null!;

    public RosterSyncOutcome? Outcome { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Status = await query.ForNetworkAsync(Network.Id, cancellationToken);

    /// <summary>The same sync as the nightly run and "synkronoi jäsenet": the change report also goes to every coordinator.</summary>
    public async Task<IActionResult> OnPostSyncAsync(CancellationToken cancellationToken)
    {
        Outcome = await sync.SyncAsync(Network.Id, cancellationToken);
        Status = await query.ForNetworkAsync(Network.Id, cancellationToken);
        return Page();
    }
}
