using Microsoft.AspNetCore.Mvc;
using Verkostot.Core.ChangeLog;

namespace Verkostot.Bot.Administration.Pages.Network.ChangeLog;

/// <summary>/hallinta/{network}/muutokset: who changed what in the network and when, here, in chat or by import; newest first.</summary>
public sealed class IndexModel(ChangeLogQuery query) : NetworkPageModel
{
    [BindProperty(SupportsGet = true, Name = "ennen")]
    public long? Before { get; set; }

    public ChangeLogPage Entries { get; private set; } = new([], null);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await query.ListAsync(new ChangeLogFilter(NetworkIds: [Network.Id], Before: Before), cancellationToken);
}
