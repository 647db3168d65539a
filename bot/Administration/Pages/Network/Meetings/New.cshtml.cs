using Microsoft.AspNetCore.Mvc;
using Verkostot.Core.Meetings;

namespace Verkostot.Bot.Administration.Pages.Network.Meetings;

/// <summary>/hallinta/{network}/kokoukset/uusi: a new meeting or a series, with the chat form's rules.</summary>
public sealed class NewModel(MeetingEditor editor, TimeProvider time) : NetworkPageModel
{
    [BindProperty]
    public MeetingForm Form { get; set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = MeetingFormValidation.Validate(Form.ToInput(Network.Id), time.GetUtcNow());
        if (result.Draft is null)
        {
            Errors = result.Errors;
            return Page();
        }
        await editor.AddAsync(result.Draft, Actor, cancellationToken);
        return Redirect($"/hallinta/{Uri.EscapeDataString(Network.Id)}/kokoukset?ilmoitus=lisatty");
    }
}
