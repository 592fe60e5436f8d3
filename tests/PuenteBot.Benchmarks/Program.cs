using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: the machine this runs on is shared, and a separate benchmark build can outlast BenchmarkDotNet's timeout.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);

/// <summary>Entry point of the benchmarks: <c>dotnet run -c Release --project tests/PuenteBot.Benchmarks -- --filter '*'</c>.</summary>
public partial class Program;
