using Microsoft.AspNetCore.Mvc;
using Verkostot.Bot.Administration.Editing;
using Verkostot.Core.Administration;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Bot.Administration.Pages.Network.Bodies;

/// <summary>
/// /hallinta/{network}/toimielimet/{body}/uusi-kausi and …/kausi/{termId}: "Uusi kausi" starts the next term from
/// the latest one (same seats, people changed where needed) and keeps the old one as history; an existing term's
/// dates, seats and roles are corrected in place. Bodies of other networks are not found here.
/// </summary>
public sealed class TermModel(BodyTermsEditor editor, ICatalogSource catalogs, PeopleSearch search) : NetworkPageModel
{
    [BindProperty]
    public TermForm Form { get; set; } = new();

    public Body Body { get; private set; } = null!;
    public Term? Term { get; private set; }
    public bool IsNew => Term is null;
    public FieldErrors Errors { get; private set; } = FieldErrors.None;
    /// <summary>Whom the person lists offer: the network's people, and anyone the term already names.</summary>
    public IReadOnlyList<Person> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string body, int? termId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(body, termId, cancellationToken)) return NotFound();
        var input = Term is null ? await editor.DraftNextTermAsync(Body.Id, cancellationToken) : await editor.ReadTermAsync(Term.Id, cancellationToken);
        if (input is null) return NotFound();
        Form = TermForm.From(input, Body);
        await LoadPeopleAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string body, int? termId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(body, termId, cancellationToken)) return NotFound();
        var (input, dateErrors) = Form.ToInput();
        var result = dateErrors.Count > 0
            ? EditResult<Term>.Invalid(dateErrors)
            : Term is null
                ? await editor.AddTermAsync(Body.Id, input, Actor, cancellationToken)
                : await editor.EditTermAsync(Term.Id, input, Actor, cancellationToken);
        if (result.Status == EditStatus.NotFound) return NotFound();
        if (result.Succeeded)
        {
            return Redirect($"/hallinta/{Uri.EscapeDataString(Network.Id)}/toimielimet?ilmoitus={(Term is null ? "lisatty" : "tallennettu")}");
        }
        Errors = new FieldErrors(Form.OnFormRows(result.Errors), Language, f => Form.Label(f, Language));
        await LoadPeopleAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string bodyId, int? termId, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        if (!catalog.BodiesById.TryGetValue(bodyId, out var body) || body.NetworkId != Network.Id) return false;
        Body = body;
        if (termId is null) return true;
        Term = body.Terms.FirstOrDefault(t => t.Id == termId);
        return Term is not null;
    }

    private async Task LoadPeopleAsync(CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var network = await search.SearchAsync(null, Network.Id, PeopleSearch.MaxResults, cancellationToken);
        var named = Form.Seats.SelectMany(s => new[] { s.MemberId, s.DeputyId }).Concat(Form.Officers.Select(o => o.PersonId))
            .OfType<string>().Select(id => catalog.PeopleById.GetValueOrDefault(id)).OfType<Person>();
        People = [.. network.Select(h => h.Person).Concat(named).DistinctBy(p => p.Id)
            .OrderBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), true))];
    }
}
