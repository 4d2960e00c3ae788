fn main() { council_desk_lib::run() }
