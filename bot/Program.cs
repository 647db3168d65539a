using Verkostot.Bot.Administration;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Authentication;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Email;
using Verkostot.Bot.Health;
using Verkostot.Bot.Hosting;
using Verkostot.Bot.Telemetry;
using Verkostot.Bot.Installation;
using Verkostot.Bot.Import;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Outlook;
using Verkostot.Bot.Privacy;
using Verkostot.Bot.Protocol;
using Verkostot.Bot.Reminders;
using Verkostot.Bot.Roster;
using Verkostot.Core.Storage;

if (args is ["import" or "export" or "export-person" or "erase-person", ..])
{
    var configuration = WebApplication.CreateBuilder(args[1..]).Configuration;
    return await (args[0] switch
    {
        "import" => ImportCommand.RunAsync(args, configuration, Console.Out, CancellationToken.None),
        "export" => ExportCommand.RunAsync(args, configuration, Console.Out, CancellationToken.None),
        "export-person" => ExportPersonCommand.RunAsync(args, configuration, Console.Out, CancellationToken.None),
        _ => ErasePersonCommand.RunAsync(args, configuration, Console.Out, CancellationToken.None),
    });
}

GlibcHeap.KeepSmall();
var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddCoreStorage(builder.Configuration)
    .AddBot(builder.Configuration, builder.Environment)
    .AddMeetings(builder.Configuration)
    .AddMeetingReminders(builder.Configuration)
    .AddRosterSync(builder.Configuration)
    .AddAnnouncements(builder.Configuration)
    .AddEmail(builder.Configuration)
    .AddProactiveInstallation(builder.Configuration)
    .AddOutlookMeetings(builder.Configuration)
    .AddAdministration(builder.Configuration, builder.Environment)
    .AddPrivacy(builder.Configuration)
    .AddBackgroundJobs()
    .AddObservability(builder.Configuration)
    .AddHealth();

var app = builder.Build();
if (!StartupCheck.Passes(builder.Services, app.Services, Console.Error))
{
    return 1;
}
await StorageInitializer.InitializeAsync(app.Services, app.Lifetime.ApplicationStopping);

app.UseAuthenticationBesideTeams();
app.MapMessages();
app.MapHealth();
app.MapMeetingCalendar();
app.MapRsvpLinks();
app.MapAnnouncementReports();
app.MapEmailOptOut();
app.MapJobsDashboard();
app.MapAdministration();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
