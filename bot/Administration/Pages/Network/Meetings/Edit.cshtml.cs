using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;
using Verkostot.Core.Time;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Administration.Pages.Network.Meetings;

/// <summary>
/// /hallinta/{network}/kokoukset/{id}: one meeting. A coming meeting can be edited (a new time is a move) or
/// cancelled, exactly as in the chat forms; the reminder sweep then re-plans its reminders and tells those already
/// reminded. Past and cancelled meetings are shown as they are. Every meeting shows who has answered its reminders.
/// </summary>
public sealed class EditModel(ICatalogSource catalogs, MeetingEditor editor, AttendanceQuery attendance, IDbContextFactory<VerkostotDbContext> contexts, TimeProvider time)
    : NetworkPageModel
{
    [BindProperty]
    public MeetingForm Form { get; set; } = new();

    [BindProperty(Name = "vahvista")]
    public bool ConfirmCancel { get; set; }

    public Meeting Meeting { get; private set; } = null!;
    public bool IsEditable { get; private set; }
    public IReadOnlyList<(int DaysBefore, DateTimeOffset Due)> Reminders { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    /// <summary>Who answered the reminders "Osallistun" or "En pääse", and who has not answered yet.</summary>
    public AttendanceOverview? Attendance { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Form = MeetingForm.From(Meeting);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!IsEditable)
        {
            Errors = [NotEditable()];
            return Page();
        }
        // Checked as a one-off meeting of the meeting's own network and kind, as the chat's edit form does.
        var input = Form.ToInput(Network.Id) with { Kind = Meeting.Kind.ToString(), Repeat = MeetingRepeat.None, Count = null };
        var result = MeetingFormValidation.Validate(input, time.GetUtcNow());
        if (result.Draft is null)
        {
            Errors = result.Errors;
            return Page();
        }
        return await editor.EditAsync(Meeting.Id, MeetingChanges.From(result.Draft), Actor, cancellationToken) is null
            ? Gone()
            : Redirect($"{ListPath}?ilmoitus=muokattu");
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Form = MeetingForm.From(Meeting);
        if (!IsEditable)
        {
            Errors = [NotEditable()];
            return Page();
        }
        if (!ConfirmCancel)
        {
            Errors = [Language switch
            {
                Language.Swedish => "Bekräfta att mötet ställs in.",
                Language.English => "Confirm that the meeting is cancelled.",
                _ => "Vahvista kokouksen peruminen.",
            }];
            return Page();
        }
        return await editor.CancelAsync(Meeting.Id, Actor, cancellationToken) is null ? Gone() : Redirect($"{ListPath}?ilmoitus=peruttu");
    }

    private string ListPath => $"/hallinta/{Uri.EscapeDataString(Network.Id)}/kokoukset";

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        if (!catalog.MeetingsById.TryGetValue(id, out var meeting) || meeting.NetworkId != Network.Id)
        {
            return false;
        }
        Meeting = meeting;
        IsEditable = !meeting.IsCancelled && meeting.StartsAt > time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var policies = await db.Set<ReminderPolicy>().AsNoTracking().Where(p => p.NetworkId == Network.Id).ToListAsync(cancellationToken);
        Reminders = meeting.IsCancelled ? [] : [.. new ReminderSchedule(policies).OffsetsFor(Network.Id, meeting.Kind)
            .Select(o => (o.DaysBefore, o.DueFor(meeting.StartsAt))).OrderBy(r => r.Item2)];
        Attendance = await attendance.ForMeetingAsync(meeting.Id, cancellationToken);
        return true;
    }

    private string NotEditable() => Language switch
    {
        Language.Swedish => "Mötet har redan hållits eller ställts in och kan inte längre ändras.",
        Language.English => "The meeting has already taken place or been cancelled and can no longer be changed.",
        _ => "Kokous on jo pidetty tai peruttu, joten sitä ei voi enää muuttaa.",
    };

    // Cancelled or moved into the past by someone else between loading and saving.
    private IActionResult Gone()
    {
        Errors = [NotEditable()];
        IsEditable = false;
        return Page();
    }
}
