using Microsoft.AspNetCore.Mvc;
using Verkostot.Core.Administration;

namespace Verkostot.Bot.Administration.Pages.Network.People;

/// <summary>/hallinta/{network}/henkilot: the network's people, searched by name, e-mail, title or municipality.</summary>
public sealed class IndexModel(PeopleSearch search) : NetworkPageModel
{
    public const int PageSize = 100;

    [FromQuery(Name = "haku")]
    public string? Query { get; set; }

    [FromQuery(Name = "ilmoitus")]
    public string? Notice { get; set; }

    public IReadOnlyList<PersonHit> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        People = await search.SearchAsync(Query, Network.Id, PageSize + 1, cancellationToken);
}
