using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Time;

namespace Verkostot.Bot.Administration.Pages.Network.Bodies;

/// <summary>/hallinta/{network}/toimielimet: the network's bodies, each with its term in force, its seats and roles, and the terms before.</summary>
public sealed class IndexModel(ICatalogSource catalogs, TimeProvider time) : NetworkPageModel
{
    public NetworkCatalog Catalog { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "ilmoitus")]
    public string? Notice { get; set; }

    public IReadOnlyList<Body> Bodies => Catalog.BodiesOf(Network.Id);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Catalog = await catalogs.GetAsync(cancellationToken);
        Today = HelsinkiTime.Today(time);
    }

    /// <summary>The term shown first: the one in force today, else the latest.</summary>
    public Term? Shown(Body body) => body.TermInForce(Today) ?? body.Terms.MaxBy(t => t.Start);

    public IEnumerable<RoleAssignment> Officers(Body body, Term term) =>
        Catalog.RolesIn(Network.Id).Where(r => r.BodyId == body.Id && r.From == term.Start && r.Until == term.End && TermForm.TermRoles.Contains(r.Role))
            .OrderBy(r => Array.IndexOf(TermForm.TermRoles, r.Role));

    public string PersonName(string? id) => id is null ? "–" : Catalog.PeopleById.GetValueOrDefault(id)?.Name ?? id;
}
