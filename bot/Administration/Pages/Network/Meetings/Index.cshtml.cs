using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Verkostot.Core.Catalog;
using Verkostot.Core.Time;
using Verkostot.Core.Domain;
using Verkostot.Core.Reminders;

namespace Verkostot.Bot.Administration.Pages.Network.Meetings;

/// <summary>/hallinta/{network}/kokoukset: coming and past meetings as a list with their answers, and one month as a calendar.</summary>
public sealed class IndexModel(ICatalogSource catalogs, AttendanceQuery attendance, TimeProvider time) : NetworkPageModel
{
    private const int PastShown = 20;

    [BindProperty(SupportsGet = true, Name = "kuukausi")]
    public string? MonthText { get; set; }

    [BindProperty(SupportsGet = true, Name = "ilmoitus")]
    public string? Notice { get; set; }

    public IReadOnlyList<Meeting> Coming { get; private set; } = [];
    public IReadOnlyList<Meeting> Past { get; private set; } = [];
    /// <summary>How many answered "Osallistun" and "En pääse", for the meetings listed that have answers.</summary>
    public IReadOnlyDictionary<int, AttendanceCounts> Answers { get; private set; } = new Dictionary<int, AttendanceCounts>();
    public DateOnly Month { get; private set; }
    public DateOnly Today { get; private set; }
    public ILookup<DateOnly, Meeting> ByDay { get; private set; } = Array.Empty<Meeting>().ToLookup(m => default(DateOnly));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var now = time.GetUtcNow();
        var meetings = catalog.MeetingsOf(Network.Id);
        Coming = [.. meetings.Where(m => m.StartsAt > now)];
        Past = [.. meetings.Where(m => m.StartsAt <= now).Reverse().Take(PastShown)];
        Answers = await attendance.CountsAsync([.. Coming.Concat(Past).Select(m => m.Id)], cancellationToken);
        Today = HelsinkiTime.Today(time);
        Month = DateOnly.TryParseExact(MonthText, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : new DateOnly(Today.Year, Today.Month, 1);
        ByDay = meetings.ToLookup(m => DateOnly.FromDateTime(HelsinkiTime.ToLocal(m.StartsAt)));
    }

    /// <summary>The calendar's weeks, Monday first, covering the whole month.</summary>
    public IEnumerable<DateOnly[]> Weeks()
    {
        var first = Month.AddDays(-(((int)Month.DayOfWeek + 6) % 7));
        for (var start = first; start <= Month.AddMonths(1).AddDays(-1); start = start.AddDays(7))
        {
            yield return [.. Enumerable.Range(0, 7).Select(start.AddDays)];
        }
    }
}
