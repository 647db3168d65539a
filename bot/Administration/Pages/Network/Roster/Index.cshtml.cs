using Microsoft.AspNetCore.Mvc;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Roster;
using Verkostot.Core.Time;

namespace Verkostot.Bot.Administration.Pages.Network.Roster;

/// <summary>
/// /hallinta/{network}/jasenlista: the roster against the Team's group, "Synkronoi nyt", and for each Team member the
/// sync could not match: link them to a person of the network, or keep them as a new person.
/// </summary>
public sealed class IndexModel(RosterStatusQuery query, RosterSync sync, UnmatchedMembers unmatched, ICatalogSource catalogs, TimeProvider time)
    : NetworkPageModel
{
    public RosterStatus Status { get; private set; } = null!;

    public RosterSyncOutcome? Outcome { get; private set; }

    /// <summary>What the last link or keep did, for the notice or the error shown.</summary>
    public UnmatchedMemberOutcome? Resolved { get; private set; }

    [BindProperty(SupportsGet = true, Name = "tulos")]
    public UnmatchedMemberOutcome? ResolvedBefore { get; set; }

    /// <summary>The people of the network an unmatched member can be linked to: on its roster, in its roles or seats, matched.</summary>
    public IReadOnlyList<Person> People { get; private set; } = [];

    public IReadOnlyList<Municipality> Municipalities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Resolved = ResolvedBefore is UnmatchedMemberOutcome.Linked or UnmatchedMemberOutcome.KeptAsNew ? ResolvedBefore : null;
        await LoadAsync(cancellationToken);
    }

    /// <summary>The same sync as the nightly run and "synkronoi jäsenet": the change report also goes to every coordinator.</summary>
    public async Task<IActionResult> OnPostSyncAsync(CancellationToken cancellationToken)
    {
        Outcome = await sync.SyncAsync(Network.Id, cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostLinkAsync([FromForm(Name = "jasen")] string memberId, [FromForm(Name = "henkilo")] string? personId, CancellationToken cancellationToken) =>
        ResolveAsync(unmatched.LinkAsync(Network.Id, memberId, personId ?? "", Actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostKeepAsync([FromForm(Name = "jasen")] string memberId, [FromForm(Name = "kunta")] string? municipalityId,
        [FromForm(Name = "organisaatio")] string? organisation, CancellationToken cancellationToken) =>
        ResolveAsync(unmatched.KeepAsNewAsync(Network.Id, memberId, municipalityId, organisation, Actor, cancellationToken), cancellationToken);

    // Done: back to the page (a reload does not post again); refused: the page again with the reason.
    private async Task<IActionResult> ResolveAsync(Task<UnmatchedMemberOutcome> resolving, CancellationToken cancellationToken)
    {
        var outcome = await resolving;
        if (outcome is UnmatchedMemberOutcome.Linked or UnmatchedMemberOutcome.KeptAsNew)
        {
            return Redirect($"/hallinta/{Uri.EscapeDataString(Network.Id)}/jasenlista?tulos={outcome}");
        }
        Resolved = outcome;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Status = await query.ForNetworkAsync(Network.Id, cancellationToken);
        var catalog = await catalogs.GetAsync(cancellationToken);
        var today = HelsinkiTime.Today(time);
        var ids = (catalog.MembershipsByNetwork.GetValueOrDefault(Network.Id) ?? []).Where(m => m.LeftOn is null).Select(m => m.PersonId)
            .Concat(catalog.RolesIn(Network.Id).Select(r => r.PersonId))
            .Concat(catalog.BodiesOf(Network.Id).SelectMany(b => catalog.TermInForce(b.Id, today)?.Seats ?? []).SelectMany(s => new[] { s.MemberId, s.DeputyId }))
            .OfType<string>().ToHashSet();
        var order = StringComparer.Create(new System.Globalization.CultureInfo("fi-FI"), ignoreCase: true);
        People = [.. ids.Select(id => catalog.PeopleById.GetValueOrDefault(id)).OfType<Person>()
            .Where(p => p.MunicipalityId is not null || p.Organisation is not null).OrderBy(p => p.Name, order)];
        Municipalities = [.. catalog.Municipalities.OrderBy(m => m.NameFi, order)];
        _municipalities = catalog.MunicipalitiesById;
    }

    private IReadOnlyDictionary<string, Municipality> _municipalities = new Dictionary<string, Municipality>();

    /// <summary>How a person is told apart in the list: their municipality or organisation.</summary>
    public string Affiliation(Person person) =>
        person.MunicipalityId is { } id && _municipalities.GetValueOrDefault(id) is { } municipality
            ? (Language == Language.Swedish ? municipality.NameSv ?? municipality.NameFi : municipality.NameFi)
            : person.Organisation ?? "";
}
