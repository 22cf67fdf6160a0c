// The packages are packed once for every test of this assembly.
[assembly: AssemblyFixture(typeof(DakarCafe.Platform.Tests.PackedSolution))]
