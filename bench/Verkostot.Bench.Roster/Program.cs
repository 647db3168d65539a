using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Tests.Roster;
using Verkostot.Core.Roster;
using Verkostot.Testing.Graph;

// Roster sync of a 10 000-member group against the fake Graph on 127.0.0.1, into a fresh SQLite database.
// Targets: full sync ≤ 12 requests; unchanged delta 1 request; work growing with the changes, not the group.
const int GroupSize = 10_000;
const int Changes = 50;

await using var host = await GraphRosterHost.StartAsync();
host.Graph.SetMembers(GraphRosterHost.GroupId, Enumerable.Range(1, GroupSize).Select(FakeUser.Numbered));

Console.WriteLine($"Roster sync benchmark: group of {GroupSize} members");
Console.WriteLine($"{"run",-28} {"requests",8} {"seconds",8} {"joined",7} {"left",5} {"new",6}");
await MeasureReadOnlyAsync();
await MeasureAsync("full sync (first run)");
await MeasureAsync("delta, no changes");
for (var i = 0; i < Changes / 2; i++)
{
    host.Graph.RemoveMember(GraphRosterHost.GroupId, FakeUser.Numbered(i + 1).Id);
    host.Graph.AddMember(GraphRosterHost.GroupId, FakeUser.Numbered(GroupSize + i + 1));
}
await MeasureAsync($"delta, {Changes} changes");
await MeasureAsync("delta, no changes again");

async Task MeasureAsync(string name)
{
    host.Graph.ClearRequests();
    var clock = Stopwatch.StartNew();
    var outcome = await host.SyncAsync();
    clock.Stop();
    var c = outcome.Changes;
    Console.WriteLine($"{name,-28} {host.Graph.Requests.Count,8} {clock.Elapsed.TotalSeconds,8:F2} {c.Joined.Count,7} {c.Left.Count,5} {c.Unmatched.Count,6}   ({outcome.Status})");
}

// The Graph side alone (paging and parsing), to tell it apart from the database work of a full sync.
async Task MeasureReadOnlyAsync()
{
    var directory = host.Services.GetRequiredService<IGroupDirectory>();
    host.Graph.ClearRequests();
    var clock = Stopwatch.StartNew();
    var members = await directory.ReadMembersAsync(GraphRosterHost.GroupId, CancellationToken.None);
    Console.WriteLine($"{"Graph read only (no DB)",-28} {host.Graph.Requests.Count,8} {clock.Elapsed.TotalSeconds,8:F2} {members.Count,7} members read");
}
