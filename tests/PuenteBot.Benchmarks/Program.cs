using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point of the benchmarks: <c>dotnet run -c Release --project tests/PuenteBot.Benchmarks -- --filter '*'</c>.</summary>
public partial class Program;
