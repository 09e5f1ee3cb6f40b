create sequence Fruit_SEQ start with 1 increment by 50;
create table Fruit (id bigint primary key, name varchar(255) not null);
