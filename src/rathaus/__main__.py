from rathaus.cli import main

main()
