using LocalCare.Bench;

return await BenchProgram.RunAsync(args);
