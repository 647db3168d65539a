using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Hosting;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Privacy;
using Verkostot.Bot.Reminders;
using Verkostot.Bot.Roster;
using Verkostot.Core.Roster;
using Verkostot.Core.Storage;
using Verkostot.Jobs.Roster;

namespace Verkostot.Bot.Tests.Roster;

public sealed class RosterRegistrationTests
{
    [Fact]
    public async Task AddRosterSync_BesideTheHostsRegistrations_ValidatesAndResolvesTheJob()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "Data Source=:memory:",
            ["Graph:BaseUrl"] = "http://127.0.0.1:9/v1.0",
        });
        builder.Services.AddCoreStorage(builder.Configuration).AddBot(builder.Configuration, builder.Environment).AddMeetings(builder.Configuration).AddMeetingReminders(builder.Configuration).AddAnnouncements(builder.Configuration)
            .AddPrivacy(builder.Configuration).AddBackgroundJobs().AddRosterSync(builder.Configuration);

        // Development validates every registration on build: this throws if anything the job needs is missing.
        await using var app = builder.Build();

        await using var scope = app.Services.CreateAsyncScope();
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<RosterSyncJob>());
        Assert.IsType<Verkostot.Bot.Roster.LazyGroupDirectory>(scope.ServiceProvider.GetRequiredService<IGroupDirectory>());
    }
}
