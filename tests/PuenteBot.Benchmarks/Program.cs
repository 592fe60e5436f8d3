using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PuenteBot.Benchmarks;

if (args is ["escalation-latency", .. var rest])
{
    return await EscalationLatency.RunAsync(rest);
}

if (args is ["growth", .. var growth])
{
    return await CostGrowth.RunAsync(growth);
}

// In-process: the machine this runs on is shared, and a separate benchmark build can outlast BenchmarkDotNet's timeout.
// Run: dotnet run -c Release --project tests/PuenteBot.Benchmarks -- --filter '*'
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(ClassifyBenchmark).Assembly).Run(args, config);
return 0;
