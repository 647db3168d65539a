using Microsoft.AspNetCore.Mvc;
using Verkostot.Core.Questions.Unanswered;

namespace Verkostot.Bot.Administration.Pages.Network.Questions;

/// <summary>
/// /hallinta/{network}/kysymykset: the questions the bot found no answer to in the network (and those asked with no
/// network), the most asked first, each markable as answered by a data change or out of scope.
/// </summary>
public sealed class IndexModel(UnansweredQuestions questions) : NetworkPageModel
{
    [BindProperty(SupportsGet = true, Name = "ilmoitus")]
    public string? Notice { get; set; }

    public IReadOnlyList<UnansweredItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await questions.ForNetworkAsync(Network.Id, openOnly: false, cancellationToken);

    public Task<IActionResult> OnPostAnsweredAsync(long id, CancellationToken cancellationToken) =>
        MarkAsync(id, UnansweredStatus.AnsweredByDataChange, cancellationToken);

    public Task<IActionResult> OnPostOutOfScopeAsync(long id, CancellationToken cancellationToken) =>
        MarkAsync(id, UnansweredStatus.OutOfScope, cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(long id, CancellationToken cancellationToken) =>
        MarkAsync(id, UnansweredStatus.Open, cancellationToken);

    private async Task<IActionResult> MarkAsync(long id, UnansweredStatus status, CancellationToken cancellationToken) =>
        await questions.MarkInNetworkAsync(id, status, Network.Id, cancellationToken) switch
        {
            MarkOutcome.Marked => Redirect($"/hallinta/{Uri.EscapeDataString(Network.Id)}/kysymykset?ilmoitus=merkitty"),
            MarkOutcome.NotFound => Redirect($"/hallinta/{Uri.EscapeDataString(Network.Id)}/kysymykset?ilmoitus=poistunut"),
            _ => NotFound(),
        };
}
