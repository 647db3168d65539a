using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Connector;
using Verkostot.Bot.Hosting;
using Verkostot.Core.Catalog;
using Verkostot.Core.Questions;
using Verkostot.Testing.Catalog;

namespace Verkostot.Bot.Tests.Hosting;

/// <summary>After start the bot prepares what the first activity needs; work no question needs waits for that.</summary>
public sealed class StartupWarmUpTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Start_Authenticated_SigningKeysAndTokenFetchedBeforeAnyActivity()
    {
        var tokens = new CountingTokenProvider();
        await using var host = await BotTestHost.StartAuthenticatedAsync(services: s => s.Replace(ServiceDescriptor.Singleton<IBotTokenProvider>(tokens)));

        await host.Services.GetRequiredService<StartupWarmUp>().Completed.WaitAsync(Limit);

        Assert.Equal(1, host.OpenId.KeySetRequests);
        Assert.Equal(1, tokens.Calls);
    }

    [Fact]
    public async Task Start_FirstQuestionAfterWarmUp_FetchesNothingAgain()
    {
        var tokens = new CountingTokenProvider();
        await using var host = await BotTestHost.StartAuthenticatedAsync(services: s => s.Replace(ServiceDescriptor.Singleton<IBotTokenProvider>(tokens)));
        await host.Services.GetRequiredService<StartupWarmUp>().Completed.WaitAsync(Limit);

        var message = host.PersonalMessage("kuka on puheenjohtaja");
        await host.PostAsync(message, host.MintToken());
        await host.ReplyInAsync(message["conversation"]!["id"]!.GetValue<string>());

        Assert.Equal(1, host.OpenId.KeySetRequests);
    }

    [Fact]
    public async Task AfterWarmUp_WarmUpNotDone_InnerNotStarted_ThenStartedWhenDone()
    {
        var (warmUp, lifetime) = WarmUpThatWaitsForStart();
        var inner = new RecordingService();
        var deferred = new AfterWarmUp([inner], warmUp, () => false, TimeProvider.System);
        await warmUp.StartAsync(CancellationToken.None);

        await deferred.StartAsync(CancellationToken.None);
        Assert.False(inner.Started);

        lifetime.Start();
        await warmUp.Completed.WaitAsync(Limit);
        await inner.StartedTask.WaitAsync(Limit);
        await deferred.StopAsync(CancellationToken.None);
        Assert.True(inner.Stopped);
        await warmUp.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AfterWarmUp_StoppedBeforeWarmUpDone_InnerNeverStartedNorStopped()
    {
        var (warmUp, _) = WarmUpThatWaitsForStart();
        var inner = new RecordingService();
        var deferred = new AfterWarmUp([inner], warmUp, () => false, TimeProvider.System);
        await warmUp.StartAsync(CancellationToken.None);
        await deferred.StartAsync(CancellationToken.None);

        await deferred.StopAsync(CancellationToken.None);
        await warmUp.StopAsync(CancellationToken.None);

        Assert.False(inner.Started);
        Assert.False(inner.Stopped);
    }

    [Fact]
    public async Task AfterWarmUp_ActivitiesBeingAnswered_InnerStartsOnceAnswered()
    {
        var (warmUp, lifetime) = WarmUpThatWaitsForStart();
        var answering = 1;
        var inner = new RecordingService();
        var deferred = new AfterWarmUp([inner], warmUp, () => Volatile.Read(ref answering) == 1, TimeProvider.System);
        await warmUp.StartAsync(CancellationToken.None);
        await deferred.StartAsync(CancellationToken.None);
        lifetime.Start();
        await warmUp.Completed.WaitAsync(Limit);

        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(inner.Started);

        Volatile.Write(ref answering, 0);
        await inner.StartedTask.WaitAsync(Limit);
        await deferred.StopAsync(CancellationToken.None);
        await warmUp.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AfterWarmUp_TwoServices_StartedInOrderStoppedInReverse()
    {
        var (warmUp, lifetime) = WarmUpThatWaitsForStart();
        var order = new List<string>();
        var deferred = new AfterWarmUp(
            [new RecordingService(order, "schedule"), new RecordingService(order, "server")], warmUp, () => false, TimeProvider.System);
        await warmUp.StartAsync(CancellationToken.None);
        await deferred.StartAsync(CancellationToken.None);
        lifetime.Start();
        await warmUp.Completed.WaitAsync(Limit);
        await WaitUntilAsync(() => order.Count == 2);

        await deferred.StopAsync(CancellationToken.None);
        await warmUp.StopAsync(CancellationToken.None);

        Assert.Equal(["start schedule", "start server", "stop server", "stop schedule"], order);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < Limit, "timed out");
            await Task.Delay(10);
        }
    }

    // A warm-up in developer mode over an empty catalog: it waits for the application to start, then has little to do.
    private static (StartupWarmUp WarmUp, ManualLifetime Lifetime) WarmUpThatWaitsForStart()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<ICatalogSource>(new FixedCatalogSource(NetworkCatalog.Empty));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<QuestionAnswering>();
        var lifetime = new ManualLifetime();
        var warmUp = new StartupWarmUp(services.BuildServiceProvider(), Options.Create(new BotOptions()), lifetime, NullLogger<StartupWarmUp>.Instance);
        return (warmUp, lifetime);
    }

    private sealed class CountingTokenProvider : IBotTokenProvider
    {
        private int _calls;
        public int Calls => Volatile.Read(ref _calls);

        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return ValueTask.FromResult<string?>("outbound-test-token");
        }
    }

    private sealed class RecordingService(List<string>? order = null, string name = "") : IHostedService
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public bool Started => _started.Task.IsCompleted;
        public Task StartedTask => _started.Task;
        public bool Stopped { get; private set; }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            order?.Add("start " + name);
            _started.TrySetResult();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            order?.Add("stop " + name);
            Stopped = true;
            return Task.CompletedTask;
        }
    }

    private sealed class ManualLifetime : IHostApplicationLifetime
    {
        private readonly CancellationTokenSource _started = new();
        public CancellationToken ApplicationStarted => _started.Token;
        public CancellationToken ApplicationStopping => CancellationToken.None;
        public CancellationToken ApplicationStopped => CancellationToken.None;
        public void Start() => _started.Cancel();
        public void StopApplication() { }
    }
}
