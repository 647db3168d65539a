using Verkostot.Core.Reminders;

namespace Verkostot.Core.Questions;

/// <summary>Port: a person's answers ("Osallistun" / "En pääse") to coming meetings, by meeting id.</summary>
public interface IAskerAttendance
{
    Task<IReadOnlyDictionary<int, AttendanceAnswer>> AnswersOfAsync(string personId, CancellationToken cancellationToken);
}
